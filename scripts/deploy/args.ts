/** Command line of `npm run deploy -- …`; unknown flags are refused rather than ignored (a typo must not deploy). */

export interface DeployArgs {
  env?: string
  dryRun: boolean
  json: boolean
  keyFile?: string
  /** The custom-login key file downloaded from the CloudBase console (身份认证 → 自定义登录), outside the repo. */
  customLoginKey?: string
  /** A running emulator's URL: only the database part, through the same code and library (no credentials). */
  emulator?: string
  help: boolean
}

export const USAGE = `用法: npm run deploy -- --env <envId 或环境名> [--dry-run] [--json] [--key-file <path>] [--custom-login-key <path>]
      npm run deploy -- --emulator http://127.0.0.1:9100
  --dry-run   只打印部署计划，不连接、不修改任何东西（无需凭据）
  --json      以 JSON 打印计划
  --key-file  API 密钥文件 {"secretId","secretKey"}，必须在代码库之外；
              也可用环境变量 TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY
  --custom-login-key  自定义登录私钥文件（控制台 → 身份认证 → 自定义登录 → 私钥下载），必须在代码库之外；
              首次部署必需，之后省略则沿用线上函数已有的私钥
  --emulator  只部署数据库部分（集合、索引、规则、迁移）到运行中的本地模拟器
退出码: 0 成功；1 用法、凭据或部署失败；2 计划中有阻止部署的问题`

export class ArgsError extends Error {}

export function parseDeployArgs(argv: string[]): DeployArgs {
  const args: DeployArgs = { dryRun: false, json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined || v.startsWith('--')) throw new ArgsError(`${flag} 需要一个值`)
      return v
    }
    switch (flag) {
      case '--env':
        args.env = value()
        break
      case '--key-file':
        args.keyFile = value()
        break
      case '--custom-login-key':
        args.customLoginKey = value()
        break
      case '--emulator':
        args.emulator = value()
        break
      case '--dry-run':
        args.dryRun = true
        break
      case '--json':
        args.json = true
        break
      case '--help':
      case '-h':
        args.help = true
        break
      default:
        throw new ArgsError(`未知参数 ${argv[i]}`)
    }
  }
  return args
}
