#!/usr/bin/env node
// datumd: the node binary. The real commands arrive with Foundation 2; until then it says so.
import '../polyfills.js'

process.stderr.write('datumd: the node is not built yet (see issue "Foundation 2"); nothing to start.\n')
process.exit(1)
