// Anchor translation unit: compiles app/pch/CliPch.h once for the arm_cli target.
