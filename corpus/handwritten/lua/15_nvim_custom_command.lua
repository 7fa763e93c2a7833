-- :Scratch [ft]  opens a throwaway buffer in a split
vim.api.nvim_create_user_command("Scratch", function(opts)
  vim.cmd("botright new")
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].swapfile = false
  vim.bo[buf].filetype = opts.args ~= "" and opts.args or "markdown"
  vim.api.nvim_buf_set_name(buf, "scratch://" .. os.time())
end, { nargs = "?", complete = "filetype", desc = "Open a scratch buffer" })

-- :TrimWhitespace  strips trailing spaces without moving the cursor
vim.api.nvim_create_user_command("TrimWhitespace", function()
  local view = vim.fn.winsaveview()
  vim.cmd([[keeppatterns %s/\s\+$//e]])
  vim.fn.winrestview(view)
end, {})
