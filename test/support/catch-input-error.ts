import { AlternanceInputError } from "../../src/core/errors.js";

/** Runs `call`, expecting an AlternanceInputError; returns it (fails the test otherwise). */
export function catchInputError(call: () => unknown): AlternanceInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof AlternanceInputError) return error;
    throw error;
  }
  throw new Error("expected an AlternanceInputError, but the call returned");
}
