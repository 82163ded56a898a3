// Startup baseline: a bare QApplication (Fusion, as the client) and an empty QWidget, from
// main() / from exec to the first paint. Links Qt Widgets only.
#include "benchcommon.h"

#include <QApplication>
#include <QJsonObject>
#include <QStyleFactory>
#include <QWidget>

using namespace EbilimBench;

int main(int argc, char *argv[])
{
    const qint64 mainMono = monoNs();
    const qint64 mainWall = wallNs();
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const qint64 appNs = monoNs();
    QWidget w;
    w.resize(420, 300);
    PaintWaiter waiter(&w);
    w.show();
    const bool painted = waiter.wait();
    const qint64 end = monoNs();
    const qint64 t0 = execT0Ns();
    emitJson({{QStringLiteral("case"), QStringLiteral("qtbare")},
              {QStringLiteral("painted"), painted},
              {QStringLiteral("exec_to_main_ms"), t0 ? ms(mainWall - t0) : -1.0},
              {QStringLiteral("main_to_app_ms"), ms(appNs - mainMono)},
              {QStringLiteral("main_to_exposed_ms"), waiter.exposedNs() ? ms(waiter.exposedNs() - mainMono) : -1.0},
              {QStringLiteral("main_to_paint_ms"), ms(end - mainMono)},
              {QStringLiteral("exec_to_paint_ms"), t0 ? ms(mainWall - t0) + ms(end - mainMono) : -1.0},
              {QStringLiteral("rss_kb"), procStatusKb("VmRSS")},
              {QStringLiteral("hwm_kb"), procStatusKb("VmHWM")}});
    return painted ? 0 : 1;
}
