// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EditOperation.h"

#include <nlohmann/json.hpp>

namespace stagecraft::model {

namespace {

using nlohmann::json;

struct Names
{
    std::string operator()(const AddStage &) const { return "add-stage"; }
    std::string operator()(const RemoveStage &) const { return "remove-stage"; }
    std::string operator()(const RenameStage &) const { return "rename-stage"; }
    std::string operator()(const MoveStage &) const { return "move-stage"; }
    std::string operator()(const SetBase &) const { return "set-base"; }
    std::string operator()(const SetPlatform &) const { return "set-platform"; }
    std::string operator()(const AddCopy &) const { return "add-copy"; }
    std::string operator()(const RemoveCopy &) const { return "remove-copy"; }
    std::string operator()(const RetargetCopy &) const { return "retarget-copy"; }
    std::string operator()(const AddInstruction &) const { return "add-instruction"; }
    std::string operator()(const RemoveInstruction &) const { return "remove-instruction"; }
    std::string operator()(const MoveInstruction &) const { return "move-instruction"; }
    std::string operator()(const EditInstruction &) const { return "edit-instruction"; }
    std::string operator()(const DuplicateStage &) const { return "duplicate-stage"; }
};

/// Reads optional typed fields without exceptions.
class Reader
{
public:
    explicit Reader(const json &j)
        : m_j(j)
    { }

    void text(const char *key, std::string &out, bool required = false)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail("MissingField", key);
            return;
        }
        if (it->is_string())
            out = it->get<std::string>();
        else if (it->is_number_integer())
            out = std::to_string(it->get<long long>());
        else
            fail("NotAString", key);
    }
    void number(const char *key, int &out, bool required = false)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail("MissingField", key);
            return;
        }
        if (it->is_number_integer())
            out = it->get<int>();
        else
            fail("NotAnInteger", key);
    }
    void flag(const char *key, bool &out)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end())
            return;
        if (it->is_boolean())
            out = it->get<bool>();
        else
            fail("NotABoolean", key);
    }
    void list(const char *key, std::vector<std::string> &out, bool required = false)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail("MissingField", key);
            return;
        }
        if (!it->is_array()) {
            fail("NotAListOfStrings", key);
            return;
        }
        for (const json &e : *it) {
            if (!e.is_string()) {
                fail("NotAListOfStrings", key);
                return;
            }
            out.push_back(e.get<std::string>());
        }
    }
    [[nodiscard]] const JsonOperationError &error() const { return m_error; }

private:
    void fail(std::string code, const char *field)
    {
        if (m_error.code.empty())
            m_error = {std::move(code), {field}};
    }
    const json &m_j;
    JsonOperationError m_error;
};

void putIf(json &j, const char *key, const std::string &value)
{
    if (!value.empty())
        j[key] = value;
}

} // namespace

std::string operationName(const EditOperation &op)
{
    return std::visit(Names{}, op);
}

nlohmann::json operationToJson(const EditOperation &op)
{
    json j;
    j["op"] = operationName(op);
    std::visit(
        [&j](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, AddStage>) {
                j["image"] = o.image;
                putIf(j, "name", o.name);
                putIf(j, "platform", o.platform);
                putIf(j, "after", o.after);
                putIf(j, "before", o.before);
            } else if constexpr (std::is_same_v<T, RemoveStage>) {
                j["stage"] = o.stage;
                j["cascade"] = o.cascade;
            } else if constexpr (std::is_same_v<T, RenameStage>) {
                j["stage"] = o.stage;
                j["name"] = o.name;
            } else if constexpr (std::is_same_v<T, MoveStage>) {
                j["stage"] = o.stage;
                putIf(j, "after", o.after);
                putIf(j, "before", o.before);
            } else if constexpr (std::is_same_v<T, SetBase>) {
                j["stage"] = o.stage;
                j["image"] = o.image;
            } else if constexpr (std::is_same_v<T, SetPlatform>) {
                j["stage"] = o.stage;
                j["platform"] = o.platform;
            } else if constexpr (std::is_same_v<T, AddCopy>) {
                j["from"] = o.from;
                j["to"] = o.to;
                j["sources"] = o.sources;
                j["destination"] = o.destination;
                putIf(j, "chown", o.chown);
                putIf(j, "chmod", o.chmod);
                if (o.link)
                    j["link"] = true;
            } else if constexpr (std::is_same_v<T, RemoveCopy>) {
                j["to"] = o.to;
                j["line"] = o.line;
                putIf(j, "source", o.source);
            } else if constexpr (std::is_same_v<T, RetargetCopy>) {
                j["line"] = o.line;
                putIf(j, "from", o.from);
                putIf(j, "to", o.to);
            } else if constexpr (std::is_same_v<T, AddInstruction>) {
                j["stage"] = o.stage;
                j["text"] = o.text;
                j["index"] = o.index;
            } else if constexpr (std::is_same_v<T, RemoveInstruction>) {
                j["line"] = o.line;
            } else if constexpr (std::is_same_v<T, MoveInstruction>) {
                j["line"] = o.line;
                j["index"] = o.index;
            } else if constexpr (std::is_same_v<T, EditInstruction>) {
                j["line"] = o.line;
                j["text"] = o.text;
            } else if constexpr (std::is_same_v<T, DuplicateStage>) {
                j["stage"] = o.stage;
                j["name"] = o.name;
            } else {
                static_assert(!std::is_same_v<T, T>, "unhandled operation");
            }
        },
        op);
    return j;
}

bool operationFromJson(const nlohmann::json &j, EditOperation &op, JsonOperationError &error)
{
    if (!j.is_object()) {
        error = {"NotAnObject", {}};
        return false;
    }
    const auto it = j.find("op");
    if (it == j.end() || !it->is_string()) {
        error = {"MissingField", {"op"}};
        return false;
    }
    const std::string name = it->get<std::string>();
    Reader r(j);
    if (name == "add-stage") {
        AddStage o;
        r.text("image", o.image, true);
        r.text("name", o.name);
        r.text("platform", o.platform);
        r.text("after", o.after);
        r.text("before", o.before);
        op = o;
    } else if (name == "remove-stage") {
        RemoveStage o;
        r.text("stage", o.stage, true);
        r.flag("cascade", o.cascade);
        op = o;
    } else if (name == "rename-stage") {
        RenameStage o;
        r.text("stage", o.stage, true);
        r.text("name", o.name, true);
        op = o;
    } else if (name == "move-stage") {
        MoveStage o;
        r.text("stage", o.stage, true);
        r.text("after", o.after);
        r.text("before", o.before);
        op = o;
    } else if (name == "set-base") {
        SetBase o;
        r.text("stage", o.stage, true);
        r.text("image", o.image, true);
        op = o;
    } else if (name == "set-platform") {
        SetPlatform o;
        r.text("stage", o.stage, true);
        r.text("platform", o.platform);
        op = o;
    } else if (name == "add-copy") {
        AddCopy o;
        r.text("from", o.from, true);
        r.text("to", o.to, true);
        r.list("sources", o.sources, true);
        r.text("destination", o.destination, true);
        r.text("chown", o.chown);
        r.text("chmod", o.chmod);
        r.flag("link", o.link);
        op = o;
    } else if (name == "remove-copy") {
        RemoveCopy o;
        r.text("to", o.to, true);
        r.number("line", o.line, true);
        r.text("source", o.source);
        op = o;
    } else if (name == "retarget-copy") {
        RetargetCopy o;
        r.number("line", o.line, true);
        r.text("from", o.from);
        r.text("to", o.to);
        op = o;
    } else if (name == "add-instruction") {
        AddInstruction o;
        r.text("stage", o.stage, true);
        r.text("text", o.text, true);
        r.number("index", o.index);
        op = o;
    } else if (name == "remove-instruction") {
        RemoveInstruction o;
        r.number("line", o.line, true);
        op = o;
    } else if (name == "move-instruction") {
        MoveInstruction o;
        r.number("line", o.line, true);
        r.number("index", o.index, true);
        op = o;
    } else if (name == "edit-instruction") {
        EditInstruction o;
        r.number("line", o.line, true);
        r.text("text", o.text, true);
        op = o;
    } else if (name == "duplicate-stage") {
        DuplicateStage o;
        r.text("stage", o.stage, true);
        r.text("name", o.name, true);
        op = o;
    } else {
        error = {"UnknownOperation", {name}};
        return false;
    }
    if (!r.error().code.empty()) {
        error = r.error();
        return false;
    }
    return true;
}

} // namespace stagecraft::model
