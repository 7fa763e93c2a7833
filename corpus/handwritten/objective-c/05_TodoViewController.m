#import "TodoViewController.h"
#import "TodoStore.h"

@interface TodoViewController () <UITableViewDataSource, UITableViewDelegate>
@property (nonatomic, strong) UITableView *tableView;
@property (nonatomic, strong) TodoStore *store;
@end

@implementation TodoViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    self.title = NSLocalizedString(@"To Do", nil);
    self.store = [TodoStore defaultStore];

    self.tableView = [[UITableView alloc] initWithFrame:self.view.bounds style:UITableViewStylePlain];
    self.tableView.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
    self.tableView.dataSource = self;
    self.tableView.delegate = self;
    [self.tableView registerClass:[UITableViewCell class] forCellReuseIdentifier:@"Cell"];
    [self.view addSubview:self.tableView];

    self.navigationItem.rightBarButtonItem =
        [[UIBarButtonItem alloc] initWithBarButtonSystemItem:UIBarButtonSystemItemAdd
                                                      target:self
                                                      action:@selector(addTapped:)];
}

- (void)addTapped:(id)sender {
    UIAlertController *alert = [UIAlertController alertControllerWithTitle:@"New item"
                                                                   message:nil
                                                            preferredStyle:UIAlertControllerStyleAlert];
    [alert addTextFieldWithConfigurationHandler:^(UITextField *field) {
        field.placeholder = @"Buy milk";
    }];
    __weak typeof(self) weakSelf = self;
    [alert addAction:[UIAlertAction actionWithTitle:@"Add" style:UIAlertActionStyleDefault handler:^(UIAlertAction *action) {
        NSString *text = alert.textFields.firstObject.text;
        if (text.length == 0) return;
        [weakSelf.store addItemWithTitle:text];
        [weakSelf.tableView reloadData];
    }]];
    [alert addAction:[UIAlertAction actionWithTitle:@"Cancel" style:UIAlertActionStyleCancel handler:nil]];
    [self presentViewController:alert animated:YES completion:nil];
}

#pragma mark - UITableViewDataSource

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    return self.store.items.count;
}

- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath {
    UITableViewCell *cell = [tableView dequeueReusableCellWithIdentifier:@"Cell" forIndexPath:indexPath];
    TodoItem *item = self.store.items[indexPath.row];
    cell.textLabel.text = item.title;
    cell.accessoryType = item.done ? UITableViewCellAccessoryCheckmark : UITableViewCellAccessoryNone;
    return cell;
}

- (void)tableView:(UITableView *)tableView commitEditingStyle:(UITableViewCellEditingStyle)style
forRowAtIndexPath:(NSIndexPath *)indexPath {
    if (style == UITableViewCellEditingStyleDelete) {
        [self.store removeItemAtIndex:indexPath.row];
        [tableView deleteRowsAtIndexPaths:@[indexPath] withRowAnimation:UITableViewRowAnimationAutomatic];
    }
}

#pragma mark - UITableViewDelegate

- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath {
    [tableView deselectRowAtIndexPath:indexPath animated:YES];
    [self.store toggleItemAtIndex:indexPath.row];
    [tableView reloadRowsAtIndexPaths:@[indexPath] withRowAnimation:UITableViewRowAnimationNone];
}


- (UISwipeActionsConfiguration *)tableView:(UITableView *)tableView
    leadingSwipeActionsConfigurationForRowAtIndexPath:(NSIndexPath *)indexPath {
    TodoItem *item = self.store.items[indexPath.row];
    NSString *title = item.done ? NSLocalizedString(@"Undo", nil) : NSLocalizedString(@"Done", nil);
    __weak typeof(self) weakSelf = self;
    UIContextualAction *toggle =
        [UIContextualAction contextualActionWithStyle:UIContextualActionStyleNormal
                                                title:title
                                              handler:^(UIContextualAction *action, UIView *sourceView, void (^done)(BOOL)) {
            [weakSelf.store toggleItemAtIndex:indexPath.row];
            [tableView reloadRowsAtIndexPaths:@[indexPath] withRowAnimation:UITableViewRowAnimationAutomatic];
            done(YES);
        }];
    toggle.backgroundColor = item.done ? [UIColor systemGrayColor] : [UIColor systemGreenColor];
    return [UISwipeActionsConfiguration configurationWithActions:@[toggle]];
}

#pragma mark - State restoration

- (void)viewWillDisappear:(BOOL)animated {
    [super viewWillDisappear:animated];
    NSError *error = nil;
    if (![self.store saveChanges:&error]) {
        NSLog(@"Could not save todo items: %@", error.localizedDescription);
    }
}

@end
