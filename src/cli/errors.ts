// One error type for everything the user can fix (bad arguments, unreadable or unusable input). main()
// prints its message on one stderr line and exits with EXIT_USAGE; anything else is a bug and keeps its stack.

/** Exit code for a problem with the command line or the input (the convention of most Unix tools). */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
