// What the page takes from @cosmjs/tendermint-rpc. The package is CommonJS and its index requires all three
// clients (Tendermint 0.37, CometBFT 0.38 and 1.x) with their adaptors; the node speaks CometBFT 0.38, so
// client/web/build.ts points `@cosmjs/tendermint-rpc` here and the other two stay out of the write chunk.
export { Comet38Client } from '../../../../node_modules/@cosmjs/tendermint-rpc/build/comet38/comet38client.js'
