-- Neovim as a second, independent LSP client of the OCPP language server (Neovim 0.7.2 API, also runs on
-- newer versions). Usage:
--   OCPP_FILE=path/to/connector-zero-mistakes.ocpp.json \
--     nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-check.lua'
-- The server is `ocpp-language-server --stdio` from PATH, or the shell command in OCPP_SERVER_CMD
-- (e.g. `node dist/server.js --stdio`). Prints `ok - ...`/`not ok - ...` per check and `N passed, N failed`;
-- exits 0 when all passed, 1 otherwise. What the checks share is in lsp-common.lua beside this file.

local lsp = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/lsp-common.lua')
local check, need, check_hover, check_completion = lsp.check, lsp.need, lsp.check_hover, lsp.check_completion

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

local function main()
  local file, bufnr, client_id = lsp.start('')
  if not file then return end

  local ours = lsp.diagnostics(bufnr, 1)
  local zero
  for _, d in ipairs(ours) do
    if d.code == 'connector-zero-status' then zero = d end
  end
  check('diagnostics with source ocpp include connector-zero-status',
    zero ~= nil and zero.message:find('connectorId 0', 1, true) ~= nil,
    string.format('%d ocpp diagnostic(s): %s', #ours, table.concat(vim.tbl_map(function(d)
      return tostring(d.code) .. ' ' .. d.message
    end, ours), ' | ')))

  local line = connector_zero_line(bufnr)
  local position = line and position_in(bufnr, line, '"Charging"', 3)
  need(position ~= nil, 'no connector-0 StatusNotification with "Charging" in ' .. file)

  check_hover('hover on a status value describes it', bufnr, position,
    { 'ChargePointStatus value. The contactor is closed' })

  -- Only our server is attached, so the whole list is ours and must be exactly the three statuses.
  check_completion('completion in the connector-0 status offers Available, Unavailable, Faulted', bufnr, position,
    'Available,Faulted,Unavailable')

  lsp.stop(client_id)
end

lsp.run('', main)
