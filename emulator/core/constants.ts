import path from 'node:path'

/** Names and defaults in one place (as firebase-tools' constants.ts). */
export const ROOT = path.resolve(__dirname, '..', '..')
export const DEFAULT_PORT = 9100
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = path.join(ROOT, '.data')
export const DEFAULT_FUNCTIONS_DIR = path.join(ROOT, 'build', 'functions')
/** The H5 build the emulator serves; PS_H5_DIR lets parallel work build and test its own copy. */
export const DEFAULT_STATIC_DIR = path.resolve(ROOT, process.env.PS_H5_DIR || 'dist-h5')
/** The PC console's build (scripts/build-console.ts), served at CONSOLE_PATH; PS_CONSOLE_DIR as PS_H5_DIR. */
export const DEFAULT_CONSOLE_DIR = path.resolve(ROOT, process.env.PS_CONSOLE_DIR || 'build/console')
export const CONSOLE_PATH = '/console/'
export const LOCAL_ENV = 'local'
export const LOCAL_APPID = 'wx-local-appid'
export const CONTROL_PREFIX = '/_emulator'
