// SPDX-License-Identifier: GPL-3.0-or-later
//
// Engine benchmark (needs a running engine with stagecraft/busybox; see scripts/engine.sh).
// Prints figures; not a pass/fail test.
//  1. The same multi-stage build (no cache) through Stagecraft's client and through
//     `DOCKER_BUILDKIT=0 docker build`, alternating runs: median wall times and their ratio.
//  2. Context packing: a generated 200 MB / 5,000-file context, packed to nowhere (tar
//     throughput alone), and sent in a one-step build by both clients (wall time, MB/s).
// Usage: bench_engine [ROUNDS]   (default 5)
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/ContextPacker.h"
#include "engine/EngineClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stagecraft;
using namespace stagecraft::engine;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
}

double ourBuild(EngineClient &client, const QString &context, const QString &tag)
{
    BuildOptions options;
    options.contextDir = context;
    options.noCache = true;
    options.tags << tag;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<BuildJob> job(client.build(options));
    job->start();
    job->waitForFinished();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!job->succeeded())
        std::fprintf(stderr, "stagecraft build failed: %s\n",
                     qPrintable(common::EngineMessages::message(job->error())));
    return seconds;
}

double cliBuild(const QString &docker, const QString &context, const QString &tag)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(docker,
                  {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--no-cache"),
                   QStringLiteral("-t"), tag, context});
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "docker build failed: %s\n",
                     process.readAllStandardError().constData());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 && argv[1][0] != '-' ? std::max(1, atoi(argv[1])) : 5;
    EngineClient client(EngineEndpoint::resolveFromSystem());
    if (const EngineError error = client.negotiate(); error.isError()) {
        // scripts/bench.sh runs every bench_*: no engine is a skip, not a failure.
        std::printf("bench_engine: skipped: %s\n",
                    qPrintable(common::EngineMessages::message(error)));
        return 0;
    }
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    QTemporaryDir dir;

    // 1. Multi-stage build.
    const QString multi = dir.filePath(QStringLiteral("multi"));
    writeFile(multi + QStringLiteral("/Dockerfile"),
              "FROM stagecraft/busybox AS deps\nRUN echo deps > /deps.txt\n"
              "FROM stagecraft/busybox AS build\nCOPY --from=deps /deps.txt /\nCOPY src /src\n"
              "RUN cat /src/* > /all.txt\n"
              "FROM stagecraft/busybox\nCOPY --from=build /all.txt /app/\nLABEL bench=1\n");
    for (int i = 0; i < 50; ++i)
        writeFile(multi + QStringLiteral("/src/f%1.txt").arg(i),
                  QByteArray(4096, char('a' + i % 26)));
    std::vector<double> ours;
    std::vector<double> theirs;
    for (int round = 0; round < rounds; ++round) {
        ours.push_back(ourBuild(client, multi, QStringLiteral("stagecraft-bench/multi:ours")));
        if (!docker.isEmpty())
            theirs.push_back(cliBuild(docker, multi, QStringLiteral("stagecraft-bench/multi:cli")));
    }
    std::printf("multi-stage build, %d alternating rounds: stagecraft median %.3f s, docker CLI "
                "median %.3f s, "
                "ratio %.3f\n",
                rounds, median(ours), median(theirs),
                theirs.empty() ? 0.0 : median(ours) / median(theirs));

    // 2. Context packing: 200 MB in 5,000 files (incompressible bytes).
    const QString big = dir.filePath(QStringLiteral("big"));
    writeFile(big + QStringLiteral("/Dockerfile"),
              "FROM stagecraft/busybox\nLABEL bench=context\n");
    QByteArray block(40 * 1024 + 960, Qt::Uninitialized);
    for (int i = 0; i < 5000; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                              block.size() / 4);
        writeFile(big + QStringLiteral("/d%1/f%2.bin").arg(i / 100).arg(i), block);
    }
    const double megabytes = 5000.0 * block.size() / 1e6;
    {
        ContextPacker packer(big, QStringLiteral("Dockerfile"));
        QElapsedTimer timer;
        timer.start();
        packer.start();
        QEventLoop loop;
        QObject::connect(&packer, &ContextPacker::dataAvailable, &loop, [&] {
            while (!packer.take().isEmpty()) { }
            if (packer.atEnd())
                loop.quit();
        });
        if (!packer.atEnd())
            loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("packing only: %.0f MB, %d entries in %.3f s = %.0f MB/s\n", megabytes,
                    packer.entryCount(), seconds, megabytes / seconds);
    }
    std::vector<double> oursBig;
    std::vector<double> theirsBig;
    for (int round = 0; round < std::max(1, rounds / 2); ++round) {
        oursBig.push_back(ourBuild(client, big, QStringLiteral("stagecraft-bench/big:ours")));
        if (!docker.isEmpty())
            theirsBig.push_back(cliBuild(docker, big, QStringLiteral("stagecraft-bench/big:cli")));
    }
    std::printf("200 MB context build: stagecraft median %.3f s (%.0f MB/s), docker CLI median "
                "%.3f s (%.0f MB/s), "
                "ratio %.3f\n",
                median(oursBig), megabytes / median(oursBig), median(theirsBig),
                theirsBig.empty() ? 0.0 : megabytes / median(theirsBig),
                theirsBig.empty() ? 0.0 : median(oursBig) / median(theirsBig));
    for (const char *image : {"stagecraft-bench/multi:ours", "stagecraft-bench/multi:cli",
                              "stagecraft-bench/big:ours", "stagecraft-bench/big:cli"})
        (void)client.removeImageSync(QString::fromLatin1(image), true);
    return 0;
}
