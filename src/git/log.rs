//! `fremdrift log`: the plan's history, commit by commit.
