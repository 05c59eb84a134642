-- What the Neovim checks share (Neovim 0.7.2 API, also runs on newer versions): counting and printing checks,
-- starting the OCPP language server on OCPP_FILE, requests, waiting for diagnostics, a hover check, a completion
-- check, and the closing summary.
-- Loaded by lsp-check.lua, lsp-check-201.lua and lsp-check-21.lua from their own folder:
--   local lsp = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/lsp-common.lua')
-- The server is `ocpp-language-server --stdio` from PATH, or the shell command in OCPP_SERVER_CMD
-- (e.g. `node dist/server.js --stdio`). Prints `ok - ...`/`not ok - ...` per check and `N passed, N failed`;
-- exits 0 when all passed, 1 otherwise.

local M = {}

M.timeout_ms = 15000
local passed, failed = 0, 0

local function say(line)
  io.stdout:write(line .. '\n')
end

function M.check(name, ok, detail)
  if ok then
    passed = passed + 1
    say('ok - ' .. name)
  else
    failed = failed + 1
    say('not ok - ' .. name .. ': ' .. tostring(detail or 'failed'))
  end
  return ok
end

-- A precondition of the checks, not a check: when it fails the script stops and reports why.
function M.need(ok, why)
  if not ok then error(why, 0) end
end

local function server_cmd()
  local cmd = os.getenv('OCPP_SERVER_CMD')
  -- Through a shell, so the variable may hold a quoted path; exec keeps the server as the client's child.
  if cmd and cmd ~= '' then return { 'sh', '-c', 'exec ' .. cmd } end
  return { 'ocpp-language-server', '--stdio' }
end

-- 0-based position `into` bytes inside the first occurrence of `literal` in the buffer (ASCII file).
function M.position_of(bufnr, literal, into)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = text:find(literal, 1, true)
    if col then return { line = i - 1, character = col - 1 + into } end
  end
  return nil
end

function M.request(bufnr, method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, M.timeout_ms)
  if not responses then return nil, err or 'no response' end
  for _, response in pairs(responses) do
    if response.err then return nil, vim.inspect(response.err) end
    return response.result
  end
  return nil, 'no client answered'
end

-- Checks that the hover at `position` holds each of the strings in `expected`.
function M.check_hover(name, bufnr, position, expected)
  local hover, err = M.request(bufnr, 'textDocument/hover', position)
  local contents = hover and hover.contents or {}
  local text = type(contents) == 'string' and contents or (contents.value or vim.inspect(contents))
  local found = true
  for _, wanted in ipairs(expected) do
    found = found and text:find(wanted, 1, true) ~= nil
  end
  return M.check(name, found, err or text)
end

-- Checks that completion at `position` offers exactly `expected`: the labels sorted and joined with commas.
function M.check_completion(name, bufnr, position, expected)
  local completion, err = M.request(bufnr, 'textDocument/completion', position)
  local items = completion and (completion.items or completion) or {}
  local labels = vim.tbl_map(function(item) return item.label end, items)
  table.sort(labels)
  return M.check(name, table.concat(labels, ',') == expected, err or ('labels: ' .. table.concat(labels, ',')))
end

-- Opens OCPP_FILE, starts the server and attaches it to the buffer, and checks `<prefix>client initialises`.
-- Returns the file, the buffer and the client id, or nothing when the client did not initialise.
function M.start(prefix)
  local file = os.getenv('OCPP_FILE')
  M.need(file and vim.fn.filereadable(file) == 1, 'OCPP_FILE is not a readable file: ' .. tostring(file))
  local cmd = server_cmd()
  M.need(vim.fn.executable(cmd[1]) == 1, cmd[1] .. ' is not on PATH')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()

  local initialized, exit_code = false, nil
  local client_id = vim.lsp.start_client({
    name = 'ocpp',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    on_init = function() initialized = true end,
    on_exit = function(code) exit_code = code end,
  })
  M.need(client_id ~= nil, 'vim.lsp.start_client returned nothing')
  vim.lsp.buf_attach_client(bufnr, client_id)
  -- A server that dies at once (bad command, crash) ends the wait early instead of running into the timeout.
  vim.wait(M.timeout_ms, function() return initialized or exit_code ~= nil end, 20)
  if not M.check(prefix .. 'client initialises', initialized, exit_code and ('the server exited with code ' .. exit_code)
    or ('no initialize response within ' .. M.timeout_ms .. ' ms')) then return nil end
  return file, bufnr, client_id
end

-- The buffer's diagnostics with source ocpp.
local function ours(bufnr)
  return vim.tbl_filter(function(d) return d.source == 'ocpp' end, vim.diagnostic.get(bufnr))
end

-- Diagnostics are pushed once the server has the document: waits until at least `count` of ours have arrived
-- (or the timeout) rather than sleeping, and returns ours.
function M.diagnostics(bufnr, count)
  vim.wait(M.timeout_ms, function() return #ours(bufnr) >= count end, 20)
  return ours(bufnr)
end

function M.stop(client_id)
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

-- Runs `main`, reports an error as the failed check `<prefix>setup` (an error must not leave a headless Neovim
-- waiting for input), prints the summary and quits Neovim with 0 when all passed, 1 otherwise.
function M.run(prefix, main)
  local ok, err = pcall(main)
  if not ok then M.check(prefix .. 'setup', false, err) end
  say(string.format('%d passed, %d failed', passed, failed))
  vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
end

return M
