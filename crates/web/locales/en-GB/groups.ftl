## Groups and user-led organisations (crates/web/src/groups).

groups-title = Groups and user-led organisations
groups-intro = Groups and user-led organisations can take part as members, through the people who represent them.
groups-none = There are no groups yet.
groups-add = Add a group
group-caption = Group
group-name = Name of the group
group-kind = What kind of group it is
group-kind-group = A group
group-kind-ulo = A user-led organisation
group-about = About the group
group-members = Members
group-role = Role
group-represents = Represents the group
group-represents-label = { $name } represents the group
group-add-person = Add { $name }
group-no-members = Nobody has been added yet.
group-add-member = Add a member
group-find-person = Find a person
group-find-button = Find
group-nobody-found = Nobody in the register matches.
error-group-name = Enter the name of the group
error-group-kind = Select what kind of group it is
