import { SetMetadata } from '@nestjs/common';

export const WRITES_NOTHING = 'quayside:writes-nothing';

/**
 * A POST that only computes an answer (a preview): the Idempotency-Key a client sends with every POST is not
 * stored for it, since repeating it does no work twice, and a preview asked for at each keystroke should not
 * fill the key table.
 */
export const WritesNothing = (): MethodDecorator => SetMetadata(WRITES_NOTHING, true);
