// SPDX-License-Identifier: GPL-3.0-or-later
// What an image history entry's "created_by" says: the instruction and its keyword, from the
// classic builder's "/bin/sh -c #(nop) …" form and BuildKit's "… # buildkit" form.
#include "Measurement.h"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace stagecraft::model {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

/// Strips a classic-builder build-arg prefix: "|2 A=1 B=2 /bin/sh -c make" → "/bin/sh -c make".
/// The count says how many K=V words follow; values never contain spaces unquoted there, but
/// be tolerant: give up (return the input) when the prefix does not parse.
std::string_view withoutArgPrefix(std::string_view createdBy)
{
    if (!createdBy.starts_with('|'))
        return createdBy;
    const std::size_t space = createdBy.find(' ');
    if (space == std::string_view::npos)
        return createdBy;
    int count = 0;
    const std::string_view digits = createdBy.substr(1, space - 1);
    const auto [end, status] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (status != std::errc() || end != digits.data() + digits.size() || count < 0)
        return createdBy;
    std::size_t at = space + 1;
    for (int i = 0; i < count; ++i) {
        const std::size_t next = createdBy.find(' ', at);
        if (next == std::string_view::npos)
            return createdBy;
        at = next + 1;
    }
    return createdBy.substr(at);
}

/// BuildKit records an instruction as written, marked at its end: "COPY a /b # buildkit",
/// "RUN /bin/sh -c make # buildkit", "RUN |1 V=x /bin/sh -c make # buildkit". Returns the text
/// without the marker, or nullopt when the marker is absent (the classic builder's "#(nop)" form).
std::optional<std::string_view> buildKitCommand(std::string_view command)
{
    constexpr std::string_view marker = "# buildkit";
    if (!command.ends_with(marker))
        return std::nullopt;
    command.remove_suffix(marker.size());
    while (!command.empty() && (command.back() == ' ' || command.back() == '\t'))
        command.remove_suffix(1);
    return command;
}

std::string upperKeyword(std::string_view text)
{
    std::string keyword(text.substr(0, text.find(' ')));
    for (char &c : keyword) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return keyword;
}

} // namespace

std::string Measurement::keywordOfCreatedBy(std::string_view createdBy)
{
    const std::string_view command = trimmed(withoutArgPrefix(createdBy));
    if (command.empty())
        return {};
    if (const std::optional<std::string_view> buildKit = buildKitCommand(command))
        return upperKeyword(*buildKit);
    constexpr std::string_view nop = "#(nop)";
    const std::size_t at = command.find(nop);
    if (at == std::string_view::npos)
        return "RUN";
    return upperKeyword(trimmed(command.substr(at + nop.size())));
}

std::string Measurement::instructionOfCreatedBy(std::string_view createdBy)
{
    std::string_view command = trimmed(withoutArgPrefix(createdBy));
    if (command.empty())
        return {};
    if (const std::optional<std::string_view> buildKit = buildKitCommand(command)) {
        if (upperKeyword(*buildKit) != "RUN")
            return std::string(*buildKit);
        // "RUN |1 V=x /bin/sh -c make": the same "RUN make" as the classic builder's.
        command = trimmed(withoutArgPrefix(trimmed(buildKit->substr(3))));
    } else if (const std::size_t at = command.find(std::string_view("#(nop)"));
               at != std::string_view::npos) {
        return std::string(trimmed(command.substr(at + 6)));
    }
    // "/bin/sh -c make" → "RUN make"; an exec-form RUN ("echo hi") has no shell prefix.
    static constexpr std::array<std::string_view, 4> shells{"/bin/sh -c ", "/bin/bash -c ",
                                                            "cmd /S /C ", "sh -c "};
    for (const std::string_view shell : shells) {
        if (command.starts_with(shell))
            return "RUN " + std::string(trimmed(command.substr(shell.size())));
    }
    return "RUN " + std::string(command);
}

} // namespace stagecraft::model
