export { newAnteHandler } from './handler.js'
export type { AnteOptions } from './options.js'
export { type SignatureBackend, signatureBackend, verifySecp256k1 } from './secp256k1.js'
export { aminoSignBytes, aminoSignDoc, directSignBytes, serializeAminoJson } from './sign-bytes.js'
