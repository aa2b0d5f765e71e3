#!/usr/bin/env node
// npx finds a project's own bin only under the project's name; this one-line package gives
// the local Shopify store its own command name. The launcher is ../../bin/stockpilot-sim.js.
import '../../bin/stockpilot-sim.js';
