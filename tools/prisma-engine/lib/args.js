'use strict';
// Command-line flags of the native schema engine that the Prisma CLI uses:
//   schema-engine [--datamodels <path>]... [--datasource <json>]
//                 [--enabled-preview-features <list>] [--extension-types <json>]
//                 [cli <can-connect-to-database|create-database|drop-database>]
//   schema-engine --version | --help

function parseDatasource(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : {};
  } catch {
    // Older CLIs passed a bare URL.
    return { url: text };
  }
}

function parseArgs(argv) {
  const options = { datamodelPaths: [], datasource: {}, previewFeatures: [], command: undefined, mode: 'rpc' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '-V':
      case '--version':
        options.mode = 'version';
        break;
      case '-h':
      case '--help':
        options.mode = 'help';
        break;
      case '-d':
      case '--datamodel':
      case '--datamodels':
        options.datamodelPaths.push(value());
        break;
      case '--datasource':
        options.datasource = parseDatasource(value());
        break;
      case '--enabled-preview-features':
        options.previewFeatures = String(value()).split(',').filter(Boolean);
        break;
      case '--extension-types':
        value(); // Prisma extensions (experimental) are not supported here; ignored.
        break;
      case 'cli':
        options.mode = 'cli';
        break;
      default:
        if (options.mode === 'cli' && !options.command && !arg.startsWith('-')) options.command = arg;
        else throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return options;
}

module.exports = { parseArgs };
