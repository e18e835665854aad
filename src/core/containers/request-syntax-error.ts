// The error for bytes from a unit's engine client that are not a well-formed HTTP/1.1 request: the endpoint cuts that connection.

export class RequestSyntaxError extends Error {
  override name = 'RequestSyntaxError';
}
