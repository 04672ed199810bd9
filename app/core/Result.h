#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pd {

// What went wrong, in the terms the CLI's exit codes and the UI's messages use (DESIGN §5).
enum class ErrorKind {
    Internal = 1,
    Usage = 2,
    Network = 3,
    Authentication = 4,
    Conflict = 5,
    InvalidInput = 6,
    Cancelled = 130, // the member stopped it (the shell's code for SIGINT)
};

// A detail of an error that a caller decides on, so no caller matches the message's text.
enum class ErrorCode {
    None,
    FileExists, // the output file is there and was left unchanged (the CLI suggests --force)
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one clear line, for a person
    ErrorCode code = ErrorCode::None;

    Error() = default;
    Error(ErrorKind kind, QString message, ErrorCode code = ErrorCode::None)
        : kind(kind)
        , message(std::move(message))
        , code(code)
    {}

    static Error invalidInput(QString message) { return {ErrorKind::InvalidInput, std::move(message)}; }
    static Error internal(QString message) { return {ErrorKind::Internal, std::move(message)}; }
};

inline int exitCodeFor(ErrorKind kind)
{
    return static_cast<int>(kind);
}

// Errors are values at layer boundaries (STYLE §14): a small expected-like type, since
// std::expected arrives only with C++23.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success with nothing to hand back, or an Error (where Result<bool> used to mean "void").
template <> class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace pd
