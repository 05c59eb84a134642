-- Neovim as an LSP client of `ocpp-language-server --stdio` on an OCPP 2.0.1 file (Neovim 0.7.2 API). Usage:
--   OCPP_FILE=path/to/mistakes-201.ocpp.json \
--     nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-check-201.lua'
-- OCPP_SERVER_CMD overrides the server command as in lsp-check.lua. Prints `ok - ...`/`not ok - ...` per check
-- and `N passed, N failed`; exits 0 when all passed, 1 otherwise.

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

local function need(ok, why)
  if not ok then error(why, 0) end
end

local function server_cmd()
  local cmd = os.getenv('OCPP_SERVER_CMD')
  if cmd and cmd ~= '' then return { 'sh', '-c', 'exec ' .. cmd } end
  return { 'ocpp-language-server', '--stdio' }
end

-- 0-based position `into` bytes inside the first occurrence of `literal` in the buffer (ASCII file).
local function position_of(bufnr, literal, into)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = text:find(literal, 1, true)
    if col then return { line = i - 1, character = col - 1 + into } end
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
  vim.wait(timeout_ms, function() return initialized or exit_code ~= nil end, 20)
  if not check('2.0.1: client initialises', initialized, exit_code and ('the server exited with code ' .. exit_code)
    or ('no initialize response within ' .. timeout_ms .. ' ms')) then return end

  local function ours()
    return vim.tbl_filter(function(d) return d.source == 'ocpp' end, vim.diagnostic.get(bufnr))
  end
  -- The file has eight mistakes; wait until all have arrived rather than sleeping.
  vim.wait(timeout_ms, function() return #ours() >= 8 end, 20)
  local codes, messages = {}, {}
  for _, d in ipairs(ours()) do
    table.insert(codes, tostring(d.code))
    table.insert(messages, d.message)
  end
  table.sort(codes)
  local expected = { 'call-error-code', 'id-token-format', 'invalid-enum-value', 'invalid-enum-value', 'missing-field',
    'transaction-seq-no', 'transaction-stopped-reason', 'unknown-field' }
  check('2.0.1: diagnostics are the 2.0.1 ones (FormatViolation, idToken format, seqNo, stoppedReason, ...)',
    table.concat(codes, ',') == table.concat(expected, ',')
      and table.concat(messages, '\n'):find('OCPP-J 2.0.1 calls this error "FormatViolation"', 1, true) ~= nil,
    'codes: ' .. table.concat(codes, ',') .. ' | ' .. table.concat(messages, ' | '))

  local status = position_of(bufnr, '"Charging"', 1)
  need(status ~= nil, 'no "Charging" in ' .. file)
  local hover, hover_err = request(bufnr, 'textDocument/hover', position_of(bufnr, '"TransactionEvent"', 3))
  local contents = hover and hover.contents or {}
  local hover_text = type(contents) == 'string' and contents or (contents.value or vim.inspect(contents))
  check('2.0.1: hover on TransactionEvent gives its 2.0.1 description',
    hover_text:find('OCPP 2.0.1', 1, true) ~= nil and hover_text:find('report the start, changes and end', 1, true) ~= nil,
    hover_err or hover_text)

  local completion, completion_err = request(bufnr, 'textDocument/completion', status)
  local items = completion and (completion.items or completion) or {}
  local labels = vim.tbl_map(function(item) return item.label end, items)
  table.sort(labels)
  check('2.0.1: completion in connectorStatus offers the five 2.0.1 statuses',
    table.concat(labels, ',') == 'Available,Faulted,Occupied,Reserved,Unavailable',
    completion_err or ('labels: ' .. table.concat(labels, ',')))

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = pcall(main)
if not ok then check('2.0.1: setup', false, err) end
say(string.format('%d passed, %d failed', passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
