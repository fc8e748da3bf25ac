"""The sandbox: where student code runs (bubblewrap, limits, the work folder, the kernel in it).
The bottom room of the package: it imports only rnncourse.common."""

from .box import Limits, Sandbox, SandboxError, python_directories
from .kernels import (
           GRADING_KERNEL_ARGUMENTS,
           IpcKernelManager,
           UnsandboxedGradingKernelManager,
)

__all__ = ["GRADING_KERNEL_ARGUMENTS", "IpcKernelManager", "Limits", "Sandbox", "SandboxError",
           "UnsandboxedGradingKernelManager", "python_directories"]
