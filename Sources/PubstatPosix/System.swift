// The syscall funnel lands here.
