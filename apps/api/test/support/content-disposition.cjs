/**
 * Jest-only stand-in for `content-disposition` (see jest.config.js): version 1 (CommonJS, the one under the
 * API's own @fastify/static 9) exported as a function, with version 3's named `create` and `parse` on it.
 */
const { dirname } = require('node:path');

const v1 = require(require.resolve('content-disposition', { paths: [dirname(require.resolve('@fastify/static'))] }));
module.exports = Object.assign((filename, options) => v1(filename, options), { create: v1, parse: v1.parse });
