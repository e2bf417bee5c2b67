// One language-service worker of the corpus run: its own LanguageService and plugin over its share of files.
import { parentPort, workerData } from 'node:worker_threads';

import { runLanguageServiceCorpus } from './language-service.mjs';

const result = await runLanguageServiceCorpus(workerData.files, (done, total) => parentPort.postMessage({ type: 'progress', done, total }));
parentPort.postMessage({ type: 'done', result });
