/** Progress lines on stderr ("candidates 12000/100000"), rewritten in place on a terminal. */
export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private lastLineMs = 0;

  constructor(private readonly label: string, private readonly total: number) {}

  update(done: number): void {
    const line = `${this.label} ${done}/${this.total}`;
    if (this.tty) {
      process.stderr.write(`\r${line}${done >= this.total ? '\n' : ''}`);
      return;
    }
    // Logs (CI, files) get one line per second at most, plus the last one.
    const now = Date.now();
    if (done >= this.total || now - this.lastLineMs >= 1_000) {
      this.lastLineMs = now;
      process.stderr.write(`${line}\n`);
    }
  }
}
