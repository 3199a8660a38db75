// A scripted terminal for inovda-admin's tests: answers in order, captures what is printed.
import type { AdminIo } from './io.ts';

export interface ScriptedIo extends AdminIo {
  printed(): string;
  asked: string[];
}

export function scriptedIo(options: {
  interactive: boolean;
  answers?: string[];
  stdin?: string;
}): ScriptedIo {
  const answers = [...(options.answers ?? [])];
  const lines: string[] = [];
  const asked: string[] = [];
  const next = async (question: string) => {
    asked.push(question);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`no scripted answer for: ${question}`);
    return answer;
  };
  return {
    out: (text) => void lines.push(text),
    err: (text) => void lines.push(text),
    ask: next,
    askHidden: next,
    readStdin: async () => options.stdin ?? '',
    interactive: options.interactive,
    printed: () => lines.join('\n'),
    asked,
  };
}
