import { createInterface } from 'node:readline';

/**
 * One question on the terminal (or one line of piped input); null when the input ends first, so a
 * script that gives neither `--yes` nor an answer enrols nothing.
 */
export function askOnTerminal(question: string): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    let answered = false;
    rl.on('close', () => {
      if (!answered) resolve(null);
    });
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}
