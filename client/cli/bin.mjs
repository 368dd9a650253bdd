#!/usr/bin/env node
// The `datum` executable (package.json bin): loads the TypeScript CLI through tsx and runs it.
import { register } from 'tsx/esm/api'

register()
const { runProcess } = await import('./datum.ts')
await runProcess()
