// A mistake in how the tool was called (exit 2), as opposed to a problem in the content (exit 1) or a bug.
import type { MessageArgs } from '../diagnostics/messages.js';

export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: MessageArgs = {},
    readonly hintId?: string,
    readonly hintArgs?: MessageArgs,
  ) {
    super(messageId);
  }
}
