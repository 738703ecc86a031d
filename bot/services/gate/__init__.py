"""The gate (门岗): visitor passes (访客), goods releases (物品放行) and the guard's checks."""
