// electron-builder afterPack hook: flips Electron's fuses in the packed binary, so the
// shipped app cannot be turned into a plain Node runtime (RunAsNode), refuses a tampered
// app.asar (EmbeddedAsarIntegrityValidation) and loads the app only from that asar.
// Needs @electron/fuses (`npm install --save-dev @electron/fuses`). Without it, packaging
// stops, unless STOCKPILOT_ALLOW_UNFUSED=1 says an unhardened local build is fine.
const path = require('node:path');

exports.default = async function flipElectronFuses(context) {
  let fuses;
  try {
    fuses = require('@electron/fuses');
  } catch {
    const message = 'Stockpilot: @electron/fuses is not installed, so the packaged app is NOT hardened (run `npm install --save-dev @electron/fuses`).';
    if (process.env.STOCKPILOT_ALLOW_UNFUSED === '1') {
      console.warn(message);
      return;
    }
    throw new Error(`${message} Set STOCKPILOT_ALLOW_UNFUSED=1 to package anyway for local testing.`);
  }
  const { flipFuses, FuseVersion, FuseV1Options } = fuses;
  const platform = context.electronPlatformName;
  const productName = context.packager.appInfo.productFilename;
  const binary =
    platform === 'darwin' || platform === 'mas'
      ? path.join(context.appOutDir, `${productName}.app`)
      : platform === 'win32'
        ? path.join(context.appOutDir, `${productName}.exe`)
        : path.join(context.appOutDir, context.packager.executableName);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // Flipping fuses invalidates an ad-hoc signature on Apple silicon; re-sign it.
    resetAdHocDarwinSignature: platform === 'darwin' && context.arch === 3 /* Arch.arm64 */,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  });
};
