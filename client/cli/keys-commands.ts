// `datum keys …`: the file keyring (cosmos `--keyring-backend test` style).
import { readFileSync } from 'node:fs'
import { type ParsedArgs, positional, str } from './args.js'
import { type Command, KEYRING_FLAGS } from './command.js'
import { keyringOf } from './connect.js'
import { UsageError } from './errors.js'

const key = (name: string, summary: string, c: Omit<Command, 'path' | 'summary' | 'kind'>): Command => ({
  path: ['keys', name],
  summary,
  kind: 'local',
  ...c,
  flags: { ...KEYRING_FLAGS, ...c.flags },
})

function mnemonicFrom(a: ParsedArgs): string | undefined {
  const file = str(a, 'mnemonic-file')
  if (file === undefined) return undefined
  if (file === '-') return readFileSync(0, 'utf8')
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(`--mnemonic-file: ${(e as Error).message}`)
  }
}

export const keysCommands: Command[] = [
  key('add', 'create a key (new 24-word mnemonic) or recover one with --mnemonic-file', {
    args: '<name>',
    flags: {
      'mnemonic-file': {
        type: 'string',
        description: 'recover from this mnemonic (- for stdin)',
        value: '<path>',
      },
    },
    run: async (a) => {
      const entry = await keyringOf(a).add(positional(a, 0, 'name'), mnemonicFrom(a))
      return { name: entry.name, address: entry.address, mnemonic: entry.mnemonic }
    },
  }),
  key('list', 'list keys', {
    listKey: 'keys',
    columns: ['name', 'address'],
    run: async (a) => ({
      keys: keyringOf(a)
        .list()
        .map(({ name, address }) => ({ name, address })),
    }),
  }),
  key('show', 'show the address of a key', {
    args: '<name>',
    run: async (a) => {
      const { name, address } = keyringOf(a).get(positional(a, 0, 'name'))
      return { name, address }
    },
  }),
  key('delete', 'delete a key', {
    args: '<name>',
    run: async (a) => {
      const name = positional(a, 0, 'name')
      keyringOf(a).delete(name)
      return { deleted: name }
    },
  }),
]
