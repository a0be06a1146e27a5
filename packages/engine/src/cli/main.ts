// The `redflags` command line: check, validate, qa and eval.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHECK_HELP, runCheck } from './check-command.js';
import { EVAL_HELP, runEval } from './eval-command.js';
import { runTrain, TRAIN_HELP } from './train-command.js';
import { UsageError } from './files.js';
import { QA_HELP, runQaCommand } from './qa-command.js';
import { runValidate, VALIDATE_HELP } from './validate-command.js';

const HELP = `redflags: check messages for warning signs of a scam, and test rule bundles

Commands:
  redflags check --bundle FILE [TEXT | -] [--json | --jsonl]
  redflags validate FILE
  redflags qa --bundle FILE --messages FILE.jsonl [--json]
  redflags eval [--bundle FILE] [--messages FILE.jsonl] [--rules-only | --as-published] [--train-only] [--summary-out FILE]
  redflags train --bundle FILE --out FILE [--messages FILE.jsonl]

Run "redflags COMMAND --help" for the details of one command.`;

const HELPS: Readonly<Record<string, string>> = {
  check: CHECK_HELP,
  validate: VALIDATE_HELP,
  qa: QA_HELP,
  eval: EVAL_HELP,
  train: TRAIN_HELP,
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export function main(argv: string[], write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    write(HELP);
    return command === undefined ? 1 : 0;
  }
  const help = HELPS[command];
  if (help === undefined)
    throw new UsageError(`unknown command "${command}"; use one of: check, validate, qa, eval, train (see redflags --help)`);
  const { values, positionals } = parse(rest, command);
  if (values.help === true) {
    write(help);
    return 0;
  }
  switch (command) {
    case 'check':
      return runCheck({ ...values, text: positionals.join(' ') || undefined, readStdin, write });
    case 'validate':
      return runValidate(positionals[0] ?? values.bundle, write);
    case 'qa':
      return runQaCommand(values, write);
    case 'train':
      return runTrain(values, write);
    default:
      return runEval(
        {
          ...values,
          rulesOnly: values['rules-only'],
          asPublished: values['as-published'],
          trainOnly: values['train-only'],
          summaryOut: values['summary-out'],
        },
        write,
      );
  }
}

function parse(args: string[], command: string) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        bundle: { type: 'string' },
        messages: { type: 'string' },
        out: { type: 'string' },
        'rules-only': { type: 'boolean' },
        'as-published': { type: 'boolean' },
        'train-only': { type: 'boolean' },
        'summary-out': { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; see redflags ${command} --help`);
  }
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs `main` and exits, printing usage errors without a stack trace. */
export function runFromCommandLine(argv: string[]): void {
  try {
    process.exitCode = main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`redflags: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
