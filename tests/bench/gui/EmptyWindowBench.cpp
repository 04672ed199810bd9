// The baseline of the desktop app's start-up figure: the time from main() to an empty
// QMainWindow painted on screen, measured the same way privacy-dashboard --measure-startup
// measures the time to a populated overview. Prints "startup-ms: N" and quits.

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(0, &window, [&] {
        window.repaint();
        std::printf("startup-ms: %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        QApplication::quit();
    });
    return QApplication::exec();
}
