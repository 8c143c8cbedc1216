// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageArchive.h"

#include <archive.h>
#include <archive_entry.h>

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <memory>

namespace stagecraft::engine {

namespace {

using Kind = model::LayerEntry::Kind;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

/// Entries up to this size that may be JSON (configs, manifests, OCI indexes) are read whole.
constexpr la_int64_t kSmallEntry = 1 << 20;
/// Above this a JSON document is not an image's metadata: skipped.
constexpr la_int64_t kLargestJson = 16 << 20;

ArchivePtr newTarReader()
{
    ArchivePtr reader(archive_read_new());
    archive_read_support_filter_all(reader.get()); // newer engines may gzip the layers
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    return reader;
}

QString errorOf(archive *reader)
{
    const char *text = archive_error_string(reader);
    return text ? QString::fromUtf8(text) : QStringLiteral("unreadable archive");
}

struct OuterSource
{
    const ImageArchiveReader::Source *source = nullptr;
    const ImageArchiveReader::Progress *progress = nullptr;
    std::int64_t bytes = 0;
    std::int64_t reported = 0;
};

la_ssize_t readOuter(archive *reader, void *data, const void **buffer)
{
    auto *outer = static_cast<OuterSource *>(data);
    const std::int64_t got = (*outer->source)(buffer);
    if (got < 0) {
        archive_set_error(reader, ECANCELED, "cancelled");
        return -1;
    }
    outer->bytes += got;
    if (*outer->progress && outer->bytes - outer->reported >= (4 << 20)) {
        outer->reported = outer->bytes;
        (*outer->progress)(outer->bytes);
    }
    return static_cast<la_ssize_t>(got);
}

/// The data of the outer archive's current entry, read in pieces (a nested archive's source).
struct NestedSource
{
    archive *outer = nullptr;
    std::array<char, 64 * 1024> buffer{};
};

la_ssize_t readNested(archive *, void *data, const void **buffer)
{
    auto *nested = static_cast<NestedSource *>(data);
    *buffer = nested->buffer.data();
    return archive_read_data(nested->outer, nested->buffer.data(), nested->buffer.size());
}

Kind kindOf(archive_entry *header)
{
    if (archive_entry_hardlink(header) != nullptr)
        return Kind::Hardlink;
    switch (archive_entry_filetype(header)) {
    case AE_IFDIR:
        return Kind::Directory;
    case AE_IFLNK:
        return Kind::Symlink;
    case AE_IFREG:
        return Kind::File;
    default:
        return Kind::Other;
    }
}

/// Reads the headers of an opened layer archive into `layer`.
bool readLayer(archive *reader, model::LayerFiles &layer, QString &error)
{
    archive_entry *header = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader, &header);
        if (status == ARCHIVE_EOF)
            return true;
        if (status < ARCHIVE_WARN) {
            error = errorOf(reader);
            return false;
        }
        const char *utf8 = archive_entry_pathname_utf8(header);
        const char *raw = utf8 ? utf8 : archive_entry_pathname(header);
        model::LayerEntry entry;
        entry.kind = kindOf(header);
        if (ImageArchiveReader::decodePath(raw ? raw : "", entry)) {
            if (entry.kind == Kind::File)
                entry.size = archive_entry_size(header);
            layer.entries.push_back(std::move(entry));
        }
        if (archive_read_data_skip(reader) < ARCHIVE_WARN) {
            error = errorOf(reader);
            return false;
        }
    }
}

bool readNestedLayer(archive *outer, model::LayerFiles &layer, QString &error)
{
    NestedSource source;
    source.outer = outer;
    ArchivePtr reader = newTarReader();
    if (archive_read_open(reader.get(), &source, nullptr, readNested, nullptr) != ARCHIVE_OK) {
        error = errorOf(reader.get());
        return false;
    }
    return readLayer(reader.get(), layer, error);
}

bool readMemoryLayer(const std::string &bytes, model::LayerFiles &layer, QString &error)
{
    ArchivePtr reader = newTarReader();
    if (archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
        error = errorOf(reader.get());
        return false;
    }
    return readLayer(reader.get(), layer, error);
}

/// What the outer archive held, by entry path.
struct Contents
{
    std::map<std::string, nlohmann::json> documents;
    std::map<std::string, model::LayerFiles> layers;
};

bool mayBeJson(const std::string &name, la_int64_t size)
{
    if (name.ends_with(".json"))
        return size <= kLargestJson;
    return name.starts_with("blobs/") && size <= kSmallEntry;
}

/// Reads one entry of the outer archive into `contents`; false on a broken archive.
bool readEntry(archive *outer, archive_entry *header, Contents &contents, QString &error)
{
    if (archive_entry_filetype(header) != AE_IFREG)
        return true;
    const std::string name = archive_entry_pathname(header) ? archive_entry_pathname(header) : "";
    const la_int64_t size = archive_entry_size(header);
    if (mayBeJson(name, size)) {
        std::string bytes(static_cast<std::size_t>(size), '\0');
        if (archive_read_data(outer, bytes.data(), bytes.size()) != static_cast<la_ssize_t>(size)) {
            error = errorOf(outer);
            return false;
        }
        nlohmann::json json = nlohmann::json::parse(bytes, nullptr, false);
        if (!json.is_discarded()) {
            contents.documents[name] = std::move(json);
            return true;
        }
        QString ignored; // a blob that is neither JSON nor a tar is none of ours
        model::LayerFiles layer;
        if (readMemoryLayer(bytes, layer, ignored))
            contents.layers[name] = std::move(layer);
        return true;
    }
    if (name.ends_with("/layer.tar") || name.starts_with("blobs/")) {
        model::LayerFiles layer;
        layer.tarBytes = size;
        if (!readNestedLayer(outer, layer, error))
            return false;
        contents.layers[name] = std::move(layer);
    }
    return true;
}

std::string stringOf(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// Puts the layers in the manifest's order and reads the config's history.
bool assemble(Contents &contents, ImageArchive &archive, QString &error)
{
    const auto manifest = contents.documents.find("manifest.json");
    if (manifest == contents.documents.end() || !manifest->second.is_array()
        || manifest->second.empty() || !manifest->second[0].is_object()) {
        error = QStringLiteral("manifest.json is missing");
        return false;
    }
    const nlohmann::json &image = manifest->second[0];
    const auto layers = image.find("Layers");
    if (layers == image.end() || !layers->is_array()) {
        error = QStringLiteral("manifest.json lists no layers");
        return false;
    }
    for (const nlohmann::json &path : *layers) {
        const auto it = path.is_string() ? contents.layers.find(path.get<std::string>())
                                         : contents.layers.end();
        if (it == contents.layers.end()) {
            error = QStringLiteral("layer %1 is missing").arg(QString::fromStdString(path.dump()));
            return false;
        }
        archive.layers.push_back(std::move(it->second));
    }
    const auto config = contents.documents.find(stringOf(image, "Config"));
    if (config != contents.documents.end()) {
        const auto history = config->second.find("history");
        if (history != config->second.end() && history->is_array()) {
            for (const nlohmann::json &step : *history) {
                if (!step.is_object())
                    continue;
                const auto empty = step.find("empty_layer");
                archive.history.push_back(
                    {stringOf(step, "created_by"),
                     empty != step.end() && empty->is_boolean() && empty->get<bool>()});
            }
        }
    }
    return true;
}

} // namespace

bool ImageArchiveReader::decodePath(std::string path, model::LayerEntry &entry)
{
    if (path.starts_with("./"))
        path.erase(0, 1);
    if (!path.starts_with('/'))
        path.insert(path.begin(), '/');
    while (path.size() > 1 && path.ends_with('/'))
        path.pop_back();
    if (path == "/")
        return false;
    const std::size_t slash = path.rfind('/');
    const std::string base = path.substr(slash + 1);
    const std::string dir = slash == 0 ? std::string("/") : path.substr(0, slash);
    if (base == ".wh..wh..opq") {
        entry.kind = Kind::OpaqueWhiteout;
        entry.path = dir;
        return true;
    }
    if (base.starts_with(".wh..wh."))
        return false; // aufs bookkeeping (.wh..wh.plnk, .wh..wh.aufs)
    if (base.starts_with(".wh.")) {
        entry.kind = Kind::Whiteout;
        entry.path = (dir == "/" ? std::string() : dir) + '/' + base.substr(4);
        return true;
    }
    entry.path = std::move(path);
    return true;
}

bool ImageArchiveReader::read(const Source &source, ImageArchive &archive, QString &error,
                              const Progress &progress)
{
    OuterSource outerSource;
    outerSource.source = &source;
    outerSource.progress = &progress;
    ArchivePtr outer = newTarReader();
    if (archive_read_open(outer.get(), &outerSource, nullptr, readOuter, nullptr) != ARCHIVE_OK) {
        error = errorOf(outer.get());
        return false;
    }
    Contents contents;
    archive_entry *header = nullptr;
    for (;;) {
        const int status = archive_read_next_header(outer.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            error = errorOf(outer.get());
            return false;
        }
        if (!readEntry(outer.get(), header, contents, error))
            return false;
    }
    ImageArchive read;
    read.bytes = outerSource.bytes;
    if (!assemble(contents, read, error))
        return false;
    archive = std::move(read);
    return true;
}

bool ImageArchiveReader::readBytes(const QByteArray &bytes, ImageArchive &archive, QString &error)
{
    bool done = false;
    const Source source = [&](const void **buffer) -> std::int64_t {
        if (done)
            return 0;
        done = true;
        *buffer = bytes.constData();
        return bytes.size();
    };
    return read(source, archive, error);
}

} // namespace stagecraft::engine
