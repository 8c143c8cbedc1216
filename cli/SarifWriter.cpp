// SPDX-License-Identifier: GPL-3.0-or-later
#include "SarifWriter.h"

#include "cli/Cli.h"
#include "common/DiagnosticMessages.h"
#include "model/JsonExport.h"
#include "model/Lint.h"

#include <QDir>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace stagecraft::cli {

namespace {

std::string sarifLevel(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Error:
        return "error";
    case model::Severity::Warning:
        return "warning";
    case model::Severity::Info:
        return "note";
    }
    return "none";
}

nlohmann::ordered_json region(const model::SyntaxTree &tree, model::Range range)
{
    const auto start = tree.lineIndex().position(tree.text(), range.begin);
    const auto end = tree.lineIndex().position(tree.text(), range.end);
    return {{"startLine", start.line},
            {"startColumn", start.column},
            {"endLine", end.line},
            {"endColumn", end.column}};
}

} // namespace

QString SarifWriter::artifactUri(const QString &path)
{
    if (path == QStringLiteral("-"))
        return QStringLiteral("stdin");
    if (QDir::isAbsolutePath(path))
        return QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
    const QString slashed = QDir::fromNativeSeparators(path);
    return QString::fromUtf8(QUrl::toPercentEncoding(slashed, "/"));
}

QByteArray SarifWriter::write(const model::SyntaxTree &tree,
                              const std::vector<model::Diagnostic> &diagnostics, const QString &uri)
{
    const auto &catalog = model::diagnosticCatalog();
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const model::DiagnosticInfo &info : catalog) {
        nlohmann::ordered_json rule = {
            {"id", std::string(info.code)},
            {"shortDescription", {{"text", std::string(info.summary)}}},
            {"defaultConfiguration", {{"level", sarifLevel(info.severity)}}},
        };
        if (!info.url.empty())
            rule["helpUri"] = std::string(info.url);
        rules.push_back(std::move(rule));
    }

    const std::string artifact = uri.toStdString();
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const model::Diagnostic &diagnostic : diagnostics) {
        nlohmann::ordered_json result = {
            {"ruleId", diagnostic.code},
            {"level", sarifLevel(diagnostic.severity)},
            {"message", {{"text", common::DiagnosticMessages::message(diagnostic).toStdString()}}},
            {"locations",
             nlohmann::ordered_json::array({{{"physicalLocation",
                                              {{"artifactLocation", {{"uri", artifact}}},
                                               {"region", region(tree, diagnostic.range)}}}}})},
        };
        for (std::size_t i = 0; i < catalog.size(); ++i) {
            if (catalog[i].code == diagnostic.code) {
                result["ruleIndex"] = i;
                break;
            }
        }
        if (diagnostic.fix && !diagnostic.fix->edits.empty()) {
            nlohmann::ordered_json replacements = nlohmann::ordered_json::array();
            for (const model::TextEdit &edit : diagnostic.fix->edits) {
                replacements.push_back({{"deletedRegion", region(tree, edit.range)},
                                        {"insertedContent", {{"text", edit.replacement}}}});
            }
            result["fixes"] = nlohmann::ordered_json::array(
                {{{"description",
                   {{"text", common::DiagnosticMessages::fixTitle(diagnostic.code).toStdString()}}},
                  {"artifactChanges",
                   nlohmann::ordered_json::array({{{"artifactLocation", {{"uri", artifact}}},
                                                   {"replacements", std::move(replacements)}}})}}});
        }
        results.push_back(std::move(result));
    }

    const nlohmann::ordered_json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         nlohmann::ordered_json::array({{
             {"tool",
              {{"driver",
                {{"name", "stagecraft"},
                 {"version", Cli::version().toStdString()},
                 {"informationUri", InformationUri},
                 {"rules", std::move(rules)}}}}},
             {"columnKind", "unicodeCodePoints"},
             {"results", std::move(results)},
         }})},
    };
    return QByteArray::fromStdString(model::jsonText(log) + '\n');
}

} // namespace stagecraft::cli
