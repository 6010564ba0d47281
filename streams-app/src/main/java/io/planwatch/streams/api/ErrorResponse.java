package io.planwatch.streams.api;

/**
 * The body of every error response: {@code {"error": "not_found", "message": "…"}}.
 *
 * @param error a short stable code clients can switch on
 * @param message what went wrong, for a person
 */
public record ErrorResponse(String error, String message) {}
