// SPDX-License-Identifier: GPL-3.0-or-later
//
// Measure benchmark (needs a running engine with stagecraft/busybox; see scripts/engine.sh).
// Prints figures; not a pass/fail test. A 4-stage Dockerfile is built once (fills the cache);
// then, alternating, a plain cached build of it (BuildJob) and a full measurement of every
// stage (StageMeasurer: cached build + history and inspect per stage + the arrows through
// create/archive/remove). The overhead of measuring is the difference of the medians.
// Usage: bench_measure [ROUNDS]   (default 7)
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/EngineClient.h"
#include "engine/StageMeasurer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 && argv[1][0] != '-' ? std::max(1, atoi(argv[1])) : 7;
    EngineClient client(EngineEndpoint::resolveFromSystem());
    if (const EngineError error = client.negotiate(); error.isError()) {
        // scripts/bench.sh runs every bench_*: no engine is a skip, not a failure.
        std::printf("bench_measure: skipped: %s\n",
                    qPrintable(common::EngineMessages::message(error)));
        return 0;
    }
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")),
              "FROM stagecraft/busybox AS deps\n"
              "RUN mkdir /deps && head -c 200000 /dev/zero > /deps/lib.a\n"
              "FROM stagecraft/busybox AS build\n"
              "COPY --from=deps /deps /deps\n"
              "COPY src /src\n"
              "RUN cat /src/* > /all.txt && head -c 3000000 /dev/zero > /obj.o\n"
              "FROM stagecraft/busybox AS test\n"
              "COPY --from=build /all.txt /t/\n"
              "RUN wc -c /t/all.txt > /t/result\n"
              "FROM stagecraft/busybox\n"
              "COPY --from=build /all.txt /app/\n"
              "COPY --from=test /t/result /app/\n"
              "CMD [\"/bin/sh\"]\n");
    for (int i = 0; i < 20; ++i)
        writeFile(dir.filePath(QStringLiteral("src/f%1.txt").arg(i)),
                  QByteArray(4096, char('a' + i % 26)));
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));

    QStringList images;
    {
        std::unique_ptr<BuildJob> warm(client.build(options));
        warm->start();
        warm->waitForFinished();
        if (!warm->succeeded()) {
            std::fprintf(stderr, "bench_measure: build failed: %s\n",
                         qPrintable(common::EngineMessages::message(warm->error())));
            return 1;
        }
        images = warm->stageImageIds();
    }

    std::vector<double> builds;
    std::vector<double> measures;
    qint64 finalSize = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<BuildJob> job(client.build(options));
        job->start();
        job->waitForFinished();
        builds.push_back(double(timer.nsecsElapsed()) / 1e9);

        timer.restart();
        StageMeasurer measurer(&client, options);
        const EngineError error = measurer.runSync();
        measures.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (error.isError()) {
            std::fprintf(stderr, "bench_measure: measure failed: %s\n",
                         qPrintable(common::EngineMessages::message(error)));
            return 1;
        }
        finalSize = measurer.run().finalStage()->size;
    }
    const double build = median(builds);
    const double measure = median(measures);
    std::printf("bench_measure: 4 stages, 4 arrows, everything cached, %d rounds (medians)\n",
                rounds);
    std::printf("  cached build alone        %.3f s\n", build);
    std::printf("  measure all stages        %.3f s\n", measure);
    std::printf("  overhead of measuring     %.3f s (target < 2 s)\n", measure - build);
    std::printf("  final stage size          %lld bytes\n", static_cast<long long>(finalSize));

    for (auto it = images.crbegin(); it != images.crend(); ++it)
        (void)client.removeImageSync(*it, true);
    return 0;
}
