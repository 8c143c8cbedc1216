// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

const http = require('node:http');
const { greeting } = require('./greeting');

const port = Number(process.env.PORT || 3000);

http
  .createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const body = JSON.stringify(greeting(url.searchParams.get('name')));
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(body);
  })
  .listen(port, () => console.log(`listening on :${port}`));
