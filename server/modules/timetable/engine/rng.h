#pragma once

// The engine's random numbers: xoshiro256** seeded through splitmix64, the same sequence on
// every platform (std:: distributions are not), so a seed always gives the same timetable.

#include <bit>
#include <cstdint>

namespace Ebilim::Timetable {

class Rng
{
public:
    explicit Rng(uint64_t seed)
    {
        for (auto &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    uint64_t next()
    {
        const uint64_t result = std::rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = std::rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in [0, n).
    int below(int n) { return int(((next() >> 32) * uint64_t(n)) >> 32); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    uint64_t m_s[4];
};

} // namespace Ebilim::Timetable
