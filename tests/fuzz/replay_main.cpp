// Without libFuzzer (gcc builds), this driver runs the fuzz target over the seed corpus
// and a fixed number of deterministic mutations of it, as a regression test.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int mutations = argc > 2 ? atoi(argv[2]) : 20000;
    QList<QByteArray> seeds;
    for (const QString &f : QDir(corpus).entryList(QDir::Files)) {
        QFile file(QDir(corpus).filePath(f));
        if (file.open(QIODevice::ReadOnly)) {
            seeds << file.readAll();
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds in %s\n", qPrintable(corpus));
        return 1;
    }
    QRandomGenerator rng(20261128);
    for (const QByteArray &s : seeds) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    }
    for (int i = 0; i < mutations; ++i) {
        QByteArray b = seeds.at(int(rng.bounded(quint32(seeds.size()))));
        const int edits = 1 + int(rng.bounded(8u));
        for (int e = 0; e < edits; ++e) {
            const quint32 kind = rng.bounded(4u);
            const qsizetype pos = b.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(b.size())));
            if (kind == 0 && !b.isEmpty()) {
                b[pos] = char(rng.bounded(256u));
            } else if (kind == 1) {
                b.insert(pos, char(rng.bounded(256u)));
            } else if (kind == 2 && !b.isEmpty()) {
                b.remove(pos, 1 + qsizetype(rng.bounded(4u)));
            } else {
                b.truncate(pos);
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
    }
    std::printf("fuzz replay: %lld seeds, %d mutations, no crash\n", static_cast<long long>(seeds.size()), mutations);
    return 0;
}
