// imapflow (Node's asynchronous IMAP library) as a peer for scripts/bench.
//
//   NODE_PATH=<dir>/node_modules node peer_imapflow.js w1|w2full|w2inc|w6 host port plain|tls user password [ca|-] [extra]
//
// Prints the same key=value figures as bench-lettertray; CPU from process.cpuUsage().
'use strict';
const fs = require('fs');
const { ImapFlow } = require('imapflow');

const [workload, host, port, security, user, password, caPath, extra] = process.argv.slice(2);

function cpu() {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
}

function makeClient() {
    const options = {
        host, port: Number(port), secure: security === 'tls', logger: false,
        auth: { user, pass: password }, disableAutoIdle: true, doSTARTTLS: false,
    };
    if (caPath && caPath !== '-') options.tls = { ca: fs.readFileSync(caPath) };
    return new ImapFlow(options);
}

async function main() {
    if (workload === 'w6') {
        const cycles = Number(extra);
        const startCpu = cpu(), start = process.hrtime.bigint();
        for (let i = 0; i < cycles; ++i) {
            const client = makeClient();
            await client.connect();
            await client.mailboxOpen('INBOX');
            await client.logout();
        }
        const wall = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`phase_cpu=${(cpu() - startCpu).toFixed(4)} phase_wall=${wall.toFixed(4)} cycles=${cycles} ms_per_cycle=${(wall * 1000 / cycles).toFixed(3)}`);
        return;
    }
    const client = makeClient();
    if (workload === 'idle') {
        client.on('exists', () => console.log(`exists ${(Date.now() / 1000).toFixed(6)}`));
        await client.connect();
        await client.mailboxOpen('INBOX');
        console.log('ready');
        for (;;) await client.idle();
    }
    await client.connect();
    await client.mailboxOpen('INBOX');
    if (workload === 'w4store' || workload === 'w4status') {
        // Issued at once (Promise.all): imapflow decides how many run together.
        const count = Number(extra);
        const startCpu = cpu(), start = process.hrtime.bigint();
        const jobs = [];
        for (let n = 0; n < count; ++n) {
            if (workload === 'w4store') jobs.push(client.messageFlagsAdd(String(n + 1), ['\\Seen'], { uid: true }));
            else jobs.push(client.status('f' + String(n).padStart(3, '0'), { messages: true, uidNext: true, unseen: true }));
        }
        await Promise.all(jobs);
        const wall = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`phase_cpu=${(cpu() - startCpu).toFixed(4)} phase_wall=${wall.toFixed(4)} commands=${count}`);
        await client.logout();
        return;
    }
    if (workload === 'w3') {
        // download() streams one message's body; each goes to the file in turn.
        const [set, file] = [extra, process.argv[10]];
        const out = fs.createWriteStream(file);
        const [first, last] = set.split(':').map(Number);
        const startCpu = cpu(), start = process.hrtime.bigint();
        let messages = 0, bytes = 0;
        for (let uid = first; uid <= (last || first); ++uid) {
            const { content } = await client.download(String(uid), undefined, { uid: true });
            for await (const chunk of content) {
                bytes += chunk.length;
                if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
            }
            ++messages;
        }
        await new Promise((resolve) => out.end(resolve));
        const wall = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`phase_cpu=${(cpu() - startCpu).toFixed(4)} phase_wall=${wall.toFixed(4)} messages=${messages} bytes=${bytes}`);
        await client.logout();
        return;
    }
    const startCpu = cpu(), start = process.hrtime.bigint();
    let query, options = { uid: true };
    if (workload === 'w1') query = { uid: true, flags: true, size: true, internalDate: true, envelope: true };
    else query = { uid: true, flags: true };
    if (workload === 'w2inc') options.changedSince = BigInt(extra);
    let messages = 0;
    for await (const message of client.fetch('1:*', query, options)) {
        if (message.uid) ++messages;
    }
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`phase_cpu=${(cpu() - startCpu).toFixed(4)} phase_wall=${wall.toFixed(4)} messages=${messages}`);
    await client.logout();
}

main().catch((error) => {
    console.error('peer_imapflow:', error.message);
    process.exit(2);
});
