import HTTPTypes

/// Why a request was refused, with the status it gets and a message for the clerk.
public enum ServeError: Error, Sendable, Equatable {
    case badRequest(String)
    case path(PathRefusal)
    /// A settings file has a mistake of its own: it is not rewritten over it.
    case conflict(String)
    case tooLarge(String)
    case unsupported(String)
    case failed(String)

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case let .path(p):
            if case .notFound = p { return .notFound }
            return .forbidden
        case .conflict: return .conflict
        case .tooLarge: return .contentTooLarge
        case .unsupported: return .unsupportedMediaType
        case .failed: return .internalServerError
        }
    }

    var message: String {
        switch self {
        case let .badRequest(m), let .conflict(m), let .tooLarge(m), let .unsupported(m), let .failed(m): return m
        case let .path(p): return p.message
        }
    }
}
