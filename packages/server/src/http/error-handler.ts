// The one place errors become HTTP answers: `{error:{code,message}}` with a fitting status,
// never a stack trace. Unexpected errors are logged (without request bodies) and answered
// with a plain 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, statusForCode, type ErrorCode } from '../errors';

interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

function body(code: ErrorCode, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

const fastifyCodes: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad_request', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad_request', 'The request body is empty; JSON was expected.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large (the limit is 1 MB).'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send JSON (Content-Type: application/json).'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'The Content-Length header does not match the body.'],
};

export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof AppError) return { status: error.status, body: body(error.code, error.message, error.details), unexpected: false };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = first ? first.instancePath.replace(/^\//, '').replaceAll('/', '.') : '';
    const where = field || (error.validationContext ?? 'request');
    const message = `${where}: ${first?.message ?? 'is not valid'}`;
    return { status: 400, body: body('validation_failed', message, { field: where }), unexpected: false };
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known) return { status: statusForCode[known[0]], body: body(known[0], known[1]), unexpected: false };
  if (fastifyError.statusCode === 429) return { status: 429, body: body('rate_limited', 'Too many attempts. Please wait a minute and try again.'), unexpected: false };
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, body: body('bad_request', 'The request could not be understood.'), unexpected: false };
  }
  return { status: 500, body: body('internal', 'Something went wrong on our side. Nothing you sent was lost; please try again.'), unexpected: true };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const response = toErrorResponse(error);
  if (response.unexpected) {
    // Message and stack only: never the request body, which may hold health data.
    const err = error as Error;
    request.log.error({ err: { type: err?.name, message: err?.message, stack: err?.stack } }, 'unexpected error');
  }
  if (response.status === 429) reply.header('retry-after', '60');
  void reply.code(response.status).type('application/json').send(response.body);
}
