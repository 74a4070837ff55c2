// The language server on stdio, from the sources (the bench runs under tsx, without a build).
import { startServer } from '../../src/lsp/server.js';

startServer({ input: process.stdin, output: process.stdout });
