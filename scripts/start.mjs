// `npm start`: build the site, then serve the build locally and say where.
import { spawnSync, spawn } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const port = process.env.PORT ?? '4321';
const build = spawnSync('astro', ['build'], { stdio: 'inherit', env, shell: false });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nServing the built site at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
