// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <variant>
#include <vector>

namespace stagecraft::model {

// Edit operations are plain values: the canvas, the CLI and the tests build them, the edit engine
// turns them into text replacements against the current syntax tree. A stage is named by its name
// (case-insensitive) or its 0-based index, as text; an instruction by its 1-based first line.

/// Add a stage `FROM image [AS name]` at the end, or before/after a stage.
struct AddStage
{
    std::string image;
    std::string name;     ///< optional
    std::string platform; ///< optional --platform value
    std::string after;    ///< stage to insert after (optional)
    std::string before;   ///< stage to insert before (optional)
};

/// Remove a stage; with `cascade`, also the COPY --from / mounts elsewhere that use it.
struct RemoveStage
{
    std::string stage;
    bool cascade = false;
};

/// Rename a stage; every reference by name follows.
struct RenameStage
{
    std::string stage;
    std::string name;
};

/// Move a stage's text before or after another stage.
struct MoveStage
{
    std::string stage;
    std::string after;
    std::string before;
};

/// Set the base image (or base stage) of a stage.
struct SetBase
{
    std::string stage;
    std::string image;
};

/// Set (or, when empty, remove) the --platform of a stage.
struct SetPlatform
{
    std::string stage;
    std::string platform;
};

/// Add an artifact arrow: COPY --from=<from> <sources…> <destination> into stage `to`.
struct AddCopy
{
    std::string from; ///< stage (name or index) or an image reference
    std::string to;
    std::vector<std::string> sources;
    std::string destination;
    std::string chown;
    std::string chmod;
    bool link = false;
};

/// Remove an arrow: the COPY/ADD --from at `line` in stage `to`, or only one of its sources.
struct RemoveCopy
{
    std::string to;
    int line = 0;
    std::string source; ///< optional: remove only this source path
};

/// Retarget an arrow: change its source (`from`) and/or move it into another stage (`to`).
struct RetargetCopy
{
    int line = 0;
    std::string from; ///< optional new source stage or image
    std::string to;   ///< optional new target stage
};

/// Add an instruction (its full text, e.g. "RUN make") to a stage. index: position among the
/// stage's instructions after FROM (0 = right after FROM); -1 = where a person would put it.
struct AddInstruction
{
    std::string stage;
    std::string text;
    int index = -1;
};

struct RemoveInstruction
{
    int line = 0;
};

/// Move an instruction to another position in its stage (0 = right after FROM).
struct MoveInstruction
{
    int line = 0;
    int index = 0;
};

/// Replace an instruction's text.
struct EditInstruction
{
    int line = 0;
    std::string text;
};

/// Copy a stage under a new name, right after it.
struct DuplicateStage
{
    std::string stage;
    std::string name;
};

using EditOperation
    = std::variant<AddStage, RemoveStage, RenameStage, MoveStage, SetBase, SetPlatform, AddCopy,
                   RemoveCopy, RetargetCopy, AddInstruction, RemoveInstruction, MoveInstruction,
                   EditInstruction, DuplicateStage>;

/// The operation's name as used on the command line and in JSON ("rename-stage").
[[nodiscard]] std::string operationName(const EditOperation &op);

/// JSON form: {"op": "<name>", …fields}. Never throws.
[[nodiscard]] nlohmann::json operationToJson(const EditOperation &op);
/// Why operationFromJson() refused: a stable code and its arguments (the UI words them):
/// NotAnObject, MissingField {field}, NotAString {field}, NotAnInteger {field}, NotABoolean
/// {field}, NotAListOfStrings {field}, UnknownOperation {name}.
struct JsonOperationError
{
    std::string code;
    std::vector<std::string> args;
};

/// Read the JSON form; false with `error` set when it is not a valid operation. Never throws.
[[nodiscard]] bool operationFromJson(const nlohmann::json &json, EditOperation &op,
                                     JsonOperationError &error);

} // namespace stagecraft::model
