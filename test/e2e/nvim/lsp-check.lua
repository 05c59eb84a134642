-- Neovim as a second, independent LSP client of the OCPP language server (Neovim 0.7.2 API, also runs on
-- newer versions). Usage:
--   OCPP_FILE=path/to/connector-zero-mistakes.ocpp.json \
--     nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-check.lua'
-- The server is `ocpp-language-server --stdio` from PATH, or the shell command in OCPP_SERVER_CMD
-- (e.g. `node dist/server.js --stdio`). Prints `ok - ...`/`not ok - ...` per check and `N passed, N failed`;
-- exits 0 when all passed, 1 otherwise.

local timeout_ms = 15000
local passed, failed = 0, 0

local function say(line)
  io.stdout:write(line .. '\n')
end

local function check(name, ok, detail)
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
local function need(ok, why)
  if not ok then error(why, 0) end
end

local function server_cmd()
  local cmd = os.getenv('OCPP_SERVER_CMD')
  -- Through a shell, so the variable may hold a quoted path; exec keeps the server as the client's child.
  if cmd and cmd ~= '' then return { 'sh', '-c', 'exec ' .. cmd } end
  return { 'ocpp-language-server', '--stdio' }
end

-- 0-based position just inside a string literal, found by its text on a line (ASCII, so bytes = UTF-16 units).
local function position_in(bufnr, line, literal, into)
  local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] or ''
  local col = text:find(literal, 1, true)
  if not col then return nil end
  return { line = line, character = col - 1 + into }
end

-- The line (0-based) of the first StatusNotification for connector 0.
local function connector_zero_line(bufnr)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if text:find('"connectorId": 0', 1, true) and text:find('"status"', 1, true) then return i - 1 end
  end
  return nil
end

local function request(bufnr, method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout_ms)
  if not responses then return nil, err or 'no response' end
  for _, response in pairs(responses) do
    if response.err then return nil, vim.inspect(response.err) end
    return response.result
  end
  return nil, 'no client answered'
end

local function main()
  local file = os.getenv('OCPP_FILE')
  need(file and vim.fn.filereadable(file) == 1, 'OCPP_FILE is not a readable file: ' .. tostring(file))
  local cmd = server_cmd()
  need(vim.fn.executable(cmd[1]) == 1, cmd[1] .. ' is not on PATH')

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
  need(client_id ~= nil, 'vim.lsp.start_client returned nothing')
  vim.lsp.buf_attach_client(bufnr, client_id)
  -- A server that dies at once (bad command, crash) ends the wait early instead of running into the timeout.
  vim.wait(timeout_ms, function() return initialized or exit_code ~= nil end, 20)
  if not check('client initialises', initialized, exit_code and ('the server exited with code ' .. exit_code)
    or ('no initialize response within ' .. timeout_ms .. ' ms')) then return end

  -- Diagnostics are pushed once the server has the document; wait for ours rather than sleeping.
  local function ours()
    return vim.tbl_filter(function(d) return d.source == 'ocpp' end, vim.diagnostic.get(bufnr))
  end
  vim.wait(timeout_ms, function() return #ours() > 0 end, 20)
  local zero
  for _, d in ipairs(ours()) do
    if d.code == 'connector-zero-status' then zero = d end
  end
  check('diagnostics with source ocpp include connector-zero-status',
    zero ~= nil and zero.message:find('connectorId 0', 1, true) ~= nil,
    string.format('%d ocpp diagnostic(s): %s', #ours(), table.concat(vim.tbl_map(function(d)
      return tostring(d.code) .. ' ' .. d.message
    end, ours()), ' | ')))

  local line = connector_zero_line(bufnr)
  local position = line and position_in(bufnr, line, '"Charging"', 3)
  need(position ~= nil, 'no connector-0 StatusNotification with "Charging" in ' .. file)

  local hover, hover_err = request(bufnr, 'textDocument/hover', position)
  local contents = hover and hover.contents or {}
  local hover_text = type(contents) == 'string' and contents or (contents.value or vim.inspect(contents))
  check('hover on a status value describes it',
    hover_text:find('ChargePointStatus value. The contactor is closed', 1, true) ~= nil,
    hover_err or hover_text)

  local completion, completion_err = request(bufnr, 'textDocument/completion', position)
  local items = completion and (completion.items or completion) or {}
  local labels = vim.tbl_map(function(item) return item.label end, items)
  table.sort(labels)
  -- Only our server is attached, so the whole list is ours and must be exactly the three statuses.
  check('completion in the connector-0 status offers Available, Unavailable, Faulted',
    table.concat(labels, ',') == 'Available,Faulted,Unavailable',
    completion_err or ('labels: ' .. table.concat(labels, ',')))

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

-- An error must not leave a headless Neovim waiting for input: report it as a failed check.
local ok, err = pcall(main)
if not ok then check('setup', false, err) end
say(string.format('%d passed, %d failed', passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
