// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson content (resources/lessons): lessons.json is well-formed, every step's Markdown
// exists in both languages, and every focused example parses and lints clean with highlights
// that name what is really in it. (That template ids exist is checked with the Learn panel.)
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace stagecraft::model;
using stagecraft::tests::readFile;

namespace {

QString lessonsDir()
{
    return QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/../../resources/lessons");
}

/// Words outside code blocks and the SPDX comment, for the 60–150 word rule.
int proseWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("```.*?```"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<!--.*?-->"),
                                   QRegularExpression::DotMatchesEverythingOption));
    return static_cast<int>(
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_root;

private Q_SLOTS:
    void initTestCase()
    {
        const std::string bytes = readFile(lessonsDir() + QStringLiteral("/lessons.json"));
        QVERIFY2(!bytes.empty(), "resources/lessons/lessons.json is missing");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(bytes), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        m_root = doc.object();
    }

    void structure()
    {
        QCOMPARE(m_root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray lessons = m_root.value(QStringLiteral("lessons")).toArray();
        QVERIFY2(lessons.size() >= 5 && lessons.size() <= 7, "5 to 7 lessons");
        const QSet<QString> templates{QStringLiteral("python"), QStringLiteral("go"),
                                      QStringLiteral("react"),  QStringLiteral("java"),
                                      QStringLiteral("node"),   QStringLiteral("rust")};
        QSet<QString> lessonIds;
        for (const QJsonValue &lessonValue : lessons) {
            const QJsonObject lesson = lessonValue.toObject();
            const QString id = lesson.value(QStringLiteral("id")).toString();
            QVERIFY2(!id.isEmpty() && !lessonIds.contains(id), qPrintable(id));
            lessonIds.insert(id);
            const QJsonObject title = lesson.value(QStringLiteral("title")).toObject();
            QVERIFY2(!title.value(QStringLiteral("en")).toString().isEmpty(), qPrintable(id));
            QVERIFY2(!title.value(QStringLiteral("hi")).toString().isEmpty(), qPrintable(id));
            const QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            QVERIFY2(!steps.isEmpty(), qPrintable(id));
            QSet<QString> stepIds;
            for (const QJsonValue &stepValue : steps) {
                const QJsonObject step = stepValue.toObject();
                const QString where = id + u'/' + step.value(QStringLiteral("id")).toString();
                QVERIFY2(!stepIds.contains(step.value(QStringLiteral("id")).toString()),
                         qPrintable(where));
                stepIds.insert(step.value(QStringLiteral("id")).toString());
                // Every key of the fixed format is present.
                for (const char *key :
                     {"id", "file", "template", "variant", "example", "highlight", "try"})
                    QVERIFY2(step.contains(QLatin1StringView(key)),
                             qPrintable(where + QStringLiteral(": no ") + QLatin1StringView(key)));
                QVERIFY2(step.value(QStringLiteral("file")).toString().endsWith(u".md"),
                         qPrintable(where));
                const QJsonValue tmpl = step.value(QStringLiteral("template"));
                QVERIFY2(tmpl.isNull() || templates.contains(tmpl.toString()), qPrintable(where));
                const QJsonValue variant = step.value(QStringLiteral("variant"));
                QVERIFY2(variant.isNull() || variant.toString() == u"after"
                             || variant.toString() == u"before",
                         qPrintable(where));
                QVERIFY2(variant.isNull() || !tmpl.isNull(), qPrintable(where));
                const QJsonValue tryValue = step.value(QStringLiteral("try"));
                QVERIFY2(tryValue.isNull() || tryValue.toString() == u"compare"
                             || tryValue.toString() == u"build",
                         qPrintable(where));
                const QJsonValue example = step.value(QStringLiteral("example"));
                QVERIFY2(example.isNull()
                             || (example.toString().startsWith(u"examples/")
                                 && example.toString().endsWith(u".Dockerfile")),
                         qPrintable(where));
                QVERIFY2(!(example.isString() && tmpl.isString()),
                         qPrintable(where + QStringLiteral(": both a template and an example")));
            }
        }
    }

    void everyFileInBothLanguages()
    {
        QSet<QString> referenced;
        for (const QJsonValue &lesson : m_root.value(QStringLiteral("lessons")).toArray())
            for (const QJsonValue &step :
                 lesson.toObject().value(QStringLiteral("steps")).toArray())
                referenced.insert(step.toObject().value(QStringLiteral("file")).toString());
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            const QDir dir(lessonsDir() + u'/' + language);
            for (const QString &file : std::as_const(referenced)) {
                const QString text = QString::fromStdString(readFile(dir.filePath(file)));
                const QString where = language + u'/' + file;
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" missing")));
                QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^# "),
                                                          QRegularExpression::MultilineOption)),
                         qPrintable(where + QStringLiteral(": no heading")));
                const int words = proseWords(text);
                QVERIFY2(words >= 50 && words <= 160,
                         qPrintable(where + QStringLiteral(": %1 words").arg(words)));
                if (language == u"hi") {
                    // Devanagari prose, sentences ended with the danda, never an ASCII '|'.
                    QVERIFY2(text.contains(QChar(0x0964)), qPrintable(where));
                    QVERIFY2(!text.contains(QStringLiteral(" |")), qPrintable(where));
                }
            }
            // No orphan files.
            for (const QString &file : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
                QVERIFY2(referenced.contains(file), qPrintable(language + u'/' + file));
        }
    }

    void examplesAreCleanAndHighlightsExist()
    {
        QSet<QString> used;
        for (const QJsonValue &lessonValue : m_root.value(QStringLiteral("lessons")).toArray()) {
            for (const QJsonValue &stepValue :
                 lessonValue.toObject().value(QStringLiteral("steps")).toArray()) {
                const QJsonObject step = stepValue.toObject();
                const QString where = step.value(QStringLiteral("file")).toString();
                const QJsonValue example = step.value(QStringLiteral("example"));
                const QJsonObject highlight = step.value(QStringLiteral("highlight")).toObject();
                if (!example.isString())
                    continue;
                used.insert(example.toString());
                const std::string text = readFile(lessonsDir() + u'/' + example.toString());
                QVERIFY2(!text.empty(), qPrintable(where + QStringLiteral(": example missing")));
                const auto tree = SyntaxTree::parse(text);
                const StageGraph graph = StageGraph::derive(*tree);
                const auto diagnostics = lint(*tree, graph);
                QString found;
                for (const Diagnostic &d : diagnostics)
                    found += QString::fromStdString(d.code) + u' ';
                QVERIFY2(diagnostics.empty(),
                         qPrintable(example.toString() + QStringLiteral(": ") + found));
                QVERIFY(graph.stages().size() >= 1);

                const auto stageExists = [&](const QJsonValue &value) {
                    return value.isString()
                        && graph.stageIndex(value.toString().toStdString()) >= 0;
                };
                const QJsonValue stage = highlight.value(QStringLiteral("stage"));
                QVERIFY2(stage.isNull() || stage.isUndefined() || stageExists(stage),
                         qPrintable(where + QStringLiteral(": no stage ") + stage.toString()));
                const QJsonValue arrow = highlight.value(QStringLiteral("arrow"));
                if (arrow.isObject()) {
                    const QJsonValue from = arrow.toObject().value(QStringLiteral("from"));
                    const QJsonValue to = arrow.toObject().value(QStringLiteral("to"));
                    QVERIFY2(stageExists(from) && stageExists(to), qPrintable(where));
                    const int fromIndex = graph.stageIndex(from.toString().toStdString());
                    const int toIndex = graph.stageIndex(to.toString().toStdString());
                    bool edge = false;
                    for (const Edge &e : graph.edges())
                        edge = edge || (e.from == fromIndex && e.to == toIndex);
                    QVERIFY2(edge, qPrintable(where + QStringLiteral(": no such arrow")));
                }
                const QJsonValue line = highlight.value(QStringLiteral("line"));
                if (!line.isNull() && !line.isUndefined()) {
                    const int n = line.toInt();
                    QVERIFY2(n >= 1 && n <= tree->lineIndex().lineCount(), qPrintable(where));
                    // The line holds an instruction (not a blank line or a comment).
                    bool onInstruction = false;
                    for (const Instruction &in : tree->instructions())
                        onInstruction = onInstruction || (in.startLine <= n && n <= in.endLine);
                    QVERIFY2(onInstruction, qPrintable(where + QStringLiteral(": line %1").arg(n)));
                }
            }
        }
        // Every example file is used by some step.
        const QDir examples(lessonsDir() + QStringLiteral("/examples"));
        for (const QString &file :
             examples.entryList({QStringLiteral("*.Dockerfile")}, QDir::Files))
            QVERIFY2(used.contains(QStringLiteral("examples/") + file), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
